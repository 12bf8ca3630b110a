/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.archive.api;

import org.jspecify.annotations.NullMarked;
