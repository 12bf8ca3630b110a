/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.archive.cli;

import org.jspecify.annotations.NullMarked;
