/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.cityfeed.ui;

import org.jspecify.annotations.NullMarked;
