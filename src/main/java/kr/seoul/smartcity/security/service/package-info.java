/** The feature's public API: what other features may call, and the events and values it publishes. */
@NamedInterface("service")
@NullMarked
package kr.seoul.smartcity.security.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
