/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.base.events;

import org.jspecify.annotations.NullMarked;
