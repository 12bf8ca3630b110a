/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.base.ui.map;

import org.jspecify.annotations.NullMarked;
