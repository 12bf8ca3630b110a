/** Types are non-null unless marked {@code @Nullable} (JSpecify). */
@NullMarked
package kr.seoul.smartcity.simulation.domain;

import org.jspecify.annotations.NullMarked;
