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
    // The phrase depends only on the rounded minutes, and Humanizer takes ~10 µs per phrase:
    // every queue change re-estimates many places, so phrases are kept per rounding bucket. From
    // an hour a phrase is put together from Humanizer's phrases of its hours and of its minutes
    // (kept too), so a long queue whose buckets outgrow the cache still costs no Humanizer call
    // per estimate (EtaTextTests checks it is the phrase Humanizer gives for the whole wait).
    private const int MaxCachedPhrases = 20_000;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<long, string> Phrases = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<long, string> HourParts = new();
    private static readonly string[] MinuteParts = [.. Enumerable.Range(0, 60).Select(m => TimeSpan.FromMinutes(m).Humanize(1, English, maxUnit: TimeUnit.Minute, minUnit: TimeUnit.Minute))];
    private static int _phraseCount;
    private static int _hourPartCount;

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
        var bucket = minutes < 60 ? (long)minutes : (long)(Math.Round(eta.TotalMinutes / 5, MidpointRounding.AwayFromZero) * 5);
        if (Phrases.TryGetValue(bucket, out var cached))
        {
            return cached;
        }

        var phrase = Phrase(bucket);
        TryKeep(Phrases, ref _phraseCount, bucket, phrase);

        return phrase;
    }

    /// <summary>The phrase for a whole number of minutes: exact below an hour, a multiple of five from an hour.</summary>
    private static string Phrase(long minutes)
    {
        if (minutes < 60)
        {
            return "about " + MinuteParts[minutes];
        }

        var (hours, rest) = Math.DivRem(minutes, 60);
        return rest == 0 ? "about " + HourPart(hours) : "about " + HourPart(hours) + ", " + MinuteParts[rest];
    }

    /// <summary>
    /// The phrase Humanizer gives for a whole number of minutes from an hour, hours and minutes
    /// ("1 hour, 5 minutes"); what <see cref="Phrase"/> is put together to match.
    /// </summary>
    internal static string HumanizedHoursAndMinutes(long minutes) =>
        TimeSpan.FromMinutes(minutes).Humanize(2, English, maxUnit: TimeUnit.Hour, minUnit: TimeUnit.Minute, collectionSeparator: ", ");

    private static string HourPart(long hours)
    {
        if (HourParts.TryGetValue(hours, out var cached))
        {
            return cached;
        }

        var part = TimeSpan.FromHours(hours).Humanize(1, English, maxUnit: TimeUnit.Hour, minUnit: TimeUnit.Hour);
        TryKeep(HourParts, ref _hourPartCount, hours, part);
        return part;
    }

    /// <summary>
    /// Keeps a phrase while the cache has room. The room is counted separately: a concurrent
    /// dictionary's <c>Count</c> takes every one of its locks, which cost more than the phrase
    /// once a long queue's estimates no longer fit (every call missed and counted).
    /// </summary>
    private static void TryKeep(System.Collections.Concurrent.ConcurrentDictionary<long, string> cache, ref int count, long key, string phrase)
    {
        if (Volatile.Read(ref count) < MaxCachedPhrases && cache.TryAdd(key, phrase))
        {
            Interlocked.Increment(ref count);
        }
    }

    /// <summary>The phrase for a wait of <paramref name="etaSeconds"/> seconds.</summary>
    public static string For(int etaSeconds) => For(TimeSpan.FromSeconds(etaSeconds));
}
