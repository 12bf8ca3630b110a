/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.base.i18n;

import org.jspecify.annotations.NullMarked;
