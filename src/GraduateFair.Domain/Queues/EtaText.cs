using System.Globalization;
using Humanizer;
using Humanizer.Localisation;

namespace GraduateFair.Domain.Queues;

/// <summary>
/// A wait as a phrase for people: "less than a minute", "about 12 minutes", "about 1 hour,
/// 30 minutes". Always English (<c>en</c>), whatever the machine's culture.
/// </summary>
public static class EtaText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// Under a minute: "less than a minute". Under an hour: "about N minute(s)", rounded to
    /// the nearest minute. From an hour: rounded to the nearest 5 minutes, hours and minutes
    /// ("about 2 hours", "about 1 hour, 5 minutes").
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eta"/> is negative.</exception>
    public static string For(TimeSpan eta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(eta, TimeSpan.Zero);
        if (eta < TimeSpan.FromMinutes(1))
        {
            return "less than a minute";
        }

        var minutes = Math.Round(eta.TotalMinutes, MidpointRounding.AwayFromZero);
        if (minutes < 60)
        {
            return "about " + TimeSpan.FromMinutes(minutes).Humanize(1, English, maxUnit: TimeUnit.Minute, minUnit: TimeUnit.Minute);
        }

        var fiveMinutes = Math.Round(eta.TotalMinutes / 5, MidpointRounding.AwayFromZero) * 5;
        return "about " + TimeSpan.FromMinutes(fiveMinutes)
            .Humanize(2, English, maxUnit: TimeUnit.Hour, minUnit: TimeUnit.Minute, collectionSeparator: ", ");
    }

    /// <summary>The phrase for a wait of <paramref name="etaSeconds"/> seconds.</summary>
    public static string For(int etaSeconds) => For(TimeSpan.FromSeconds(etaSeconds));
}
