/**
 * The command bar: {@code Phrase} and {@code CommandResolver} (plain Java: the grammar of Korean and English
 * commands, fuzzy matching by Hangul letters and initial consonants), {@code CommandService} over every feature's
 * {@code CommandSource} (what each offers the asker), {@code CommandRunner} with the features'
 * {@code CommandAction}s (calls, directives) and {@code CommandAnswer}s (an indicator's value and trend), the bar,
 * its panel and the press-to-talk button ({@code city-command.js}: keys, speech recognition and synthesis).
 */
@ApplicationModule(
        displayName = "Command bar and voice",
        allowedDependencies = {"base", "directory::model", "security::service", "shell::ui", "usage::model", "usage::ui"
        })
@NullMarked
package kr.seoul.smartcity.command;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
