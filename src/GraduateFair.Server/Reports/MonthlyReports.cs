using GraduateFair.Domain.Reports;
using GraduateFair.Grains.Cases;
using GraduateFair.Runtime;

namespace GraduateFair.Server.Reports;

/// <summary>
/// The monthly supervision report per city: the cases each city had open at the end of the month,
/// as they stood then (status, services with job pushes counted as recommendations), grouped by the
/// graduate's city (trimmed, any case; the first spelling met names the group).
/// </summary>
public static class MonthlyReports
{
    /// <param name="month">The month's first day.</param>
    /// <param name="zone">Where the month begins and ends.</param>
    /// <param name="city">One city, or null for every city with cases.</param>
    public static async Task<IReadOnlyList<CitySupervisionReport>> BuildAsync(IGrainFactory grains, DateOnly month, TimeZoneInfo zone, string? city)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(zone);
        var end = StartOf(month.AddMonths(1), zone);
        var entries = (await Task.WhenAll(GraduateShards.All.Select(key => grains.GetGrain<ICaseShardGrain>(key).ListSupervisionAsync(end, city))))
            .SelectMany(e => e)
            .ToList();
        var byCity = entries.GroupBy(e => e.City, StringComparer.OrdinalIgnoreCase)
            .Select(g => CitySupervisionReport.Compute(g.First().City, month, g.Select(e => e.Case)))
            .OrderBy(r => r.City, StringComparer.Ordinal)
            .ToList();
        if (city is not null && byCity.Count == 0)
        {
            byCity.Add(CitySupervisionReport.Compute(city.Trim(), month, []));
        }

        return byCity;
    }

    /// <summary>The first moment of <paramref name="day"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
