/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.base.geo;

import org.jspecify.annotations.NullMarked;
