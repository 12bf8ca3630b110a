/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.dashboard.ui;

import org.jspecify.annotations.NullMarked;
