/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.security.web;

import org.jspecify.annotations.NullMarked;
