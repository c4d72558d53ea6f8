using System.Globalization;
using GraduateFair.Domain.Cases;
using Humanizer;

namespace GraduateFair.Domain.Reports;

/// <summary>
/// A city's monthly supervision report: how many graduates it served and how far they got.
/// </summary>
/// <param name="City">The city.</param>
/// <param name="Month">The month reported on (its first day).</param>
/// <param name="GraduatesServed">The cases counted: every case given.</param>
/// <param name="All1311Done">Cases with all of "1311" done, of those served.</param>
/// <param name="Employed">Cases at employed, of those served.</param>
/// <param name="SignedOrEmployed">Cases at signed or employed (work secured), of those served.</param>
/// <param name="PriorityHelped">
/// Priority-group graduates wanting help (every status but not-seeking) who were helped by an
/// organiser (at least one service an organiser recorded), of all priority-group graduates
/// wanting help. The programme's target is 100%.
/// </param>
/// <param name="Summary">The figures in one English sentence.</param>
public sealed record CitySupervisionReport(
    string City,
    DateOnly Month,
    int GraduatesServed,
    Share All1311Done,
    Share Employed,
    Share SignedOrEmployed,
    Share PriorityHelped,
    string Summary)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// Computes the report from the cases the city served in the month, as they stood at its end
    /// (which cases belong is the caller's choice). <paramref name="month"/> may be any day of it.
    /// </summary>
    public static CitySupervisionReport Compute(string city, DateOnly month, IEnumerable<SupervisionCase> cases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(city);
        ArgumentNullException.ThrowIfNull(cases);
        int served = 0, done1311 = 0, employed = 0, secured = 0, priorityWanting = 0, priorityHelped = 0;
        foreach (var c in cases)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(cases));
            served++;
            done1311 += c.Services.Meets1311 ? 1 : 0;
            employed += c.Status == CaseStatus.Employed ? 1 : 0;
            secured += c.Status is CaseStatus.Signed or CaseStatus.Employed ? 1 : 0;
            if (c.InPriorityGroup && c.WantsHelp)
            {
                priorityWanting++;
                priorityHelped += c.HelpedByOrganiser ? 1 : 0;
            }
        }

        var firstDay = new DateOnly(month.Year, month.Month, 1);
        var report = new CitySupervisionReport(
            city.Trim(),
            firstDay,
            served,
            Share.Of(done1311, served),
            Share.Of(employed, served),
            Share.Of(secured, served),
            Share.Of(priorityHelped, priorityWanting),
            "");
        return report with { Summary = report.SummaryText() };
    }

    private string SummaryText()
    {
        var month = Month.ToString("MMMM yyyy", English);
        return $"{City}, {month}: {"graduate".ToQuantity(GraduatesServed)} served; " +
            $"all of 1311 done for {All1311Done}; employed {Employed}, signed or employed {SignedOrEmployed}; " +
            $"priority-group graduates wanting help helped: {PriorityHelped}.";
    }
}
