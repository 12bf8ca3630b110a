/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.call.domain;

import org.jspecify.annotations.NullMarked;
