namespace GraduateFair.Grains.Cases;

/// <summary>
/// Graduates are spread over a fixed number of shards by a stable hash of their id; each shard
/// grain holds what is read or written for many graduates at once (case summaries, job pushes,
/// follow-ups, notifications). The count is part of where data lives: never change it.
/// </summary>
public static class GraduateShards
{
    public const int Count = 64;

    /// <summary>Every shard key, "0" to "63".</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enumerable.Range(0, Count).Select(KeyOf)];

    /// <summary>The key of the shard that holds <paramref name="graduateId"/>.</summary>
    public static string For(string graduateId)
    {
        ArgumentException.ThrowIfNullOrEmpty(graduateId);
        return All[(int)(StableHash(graduateId) % Count)];
    }

    /// <summary>The key of shard number <paramref name="index"/>.</summary>
    public static string KeyOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The id prefix of follow-ups made by shard <paramref name="shardKey"/>: "fu12" (ids read "fu12_…").</summary>
    public static string FollowUpPrefix(string shardKey) => "fu" + shardKey;

    /// <summary>The key of the shard that made follow-up <paramref name="followUpId"/>, or null when the id names none.</summary>
    public static string? ForFollowUp(string? followUpId)
    {
        if (followUpId is null || !followUpId.StartsWith("fu", StringComparison.Ordinal))
        {
            return null;
        }

        var end = followUpId.IndexOf('_', StringComparison.Ordinal);
        return end > 2
            && int.TryParse(followUpId.AsSpan(2, end - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && index < Count
            && followUpId[2..end] == KeyOf(index)
                ? KeyOf(index)
                : null;
    }

    /// <summary>FNV-1a over the UTF-16 code units: the same value in every process.</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
