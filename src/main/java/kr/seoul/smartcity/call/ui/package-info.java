/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.call.ui;

import org.jspecify.annotations.NullMarked;
