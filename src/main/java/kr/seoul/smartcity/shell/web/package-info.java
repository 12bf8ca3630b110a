/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.shell.web;

import org.jspecify.annotations.NullMarked;
