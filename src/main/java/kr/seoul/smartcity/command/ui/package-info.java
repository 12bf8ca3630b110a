/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.command.ui;

import org.jspecify.annotations.NullMarked;
