using System.Globalization;
using Humanizer;
using Humanizer.Localisation;

namespace GraduateFair.Domain.Reports;

/// <summary>
/// A duration in a report, as people say it: "45 seconds", "12 minutes", "1 hour, 5 minutes".
/// Always English (<c>en</c>). Unlike a queue's ETA it says no "about": the figure is measured.
/// </summary>
public static class DurationText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// Under a minute: whole seconds ("0 seconds", "1 second", "45 seconds"), rounded to the
    /// nearest. From a minute: rounded to the nearest minute, in hours and minutes
    /// ("12 minutes", "1 hour", "1 hour, 5 minutes", "26 hours").
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative.</exception>
    public static string For(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var seconds = Math.Round(duration.TotalSeconds, MidpointRounding.AwayFromZero);
        if (seconds < 60)
        {
            return TimeSpan.FromSeconds(seconds).Humanize(1, English, maxUnit: TimeUnit.Second, minUnit: TimeUnit.Second);
        }

        var minutes = Math.Round(duration.TotalMinutes, MidpointRounding.AwayFromZero);
        return TimeSpan.FromMinutes(minutes)
            .Humanize(2, English, maxUnit: TimeUnit.Hour, minUnit: TimeUnit.Minute, collectionSeparator: ", ");
    }
}
