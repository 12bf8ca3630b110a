/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.directive.ui;

import org.jspecify.annotations.NullMarked;
