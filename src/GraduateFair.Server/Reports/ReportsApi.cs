using System.Globalization;
using GraduateFair.Domain.Reports;
using GraduateFair.Domain.Validation;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Infrastructure;
using GraduateFair.Server.Scheduling;
using GraduateFair.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.Reports;

/// <summary>Reports for organisers: per fair (with the fairness figure) and the monthly supervision report per city; JSON or CSV.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var fair = routes.MapGroup("/api/fairs/{fairId}").WithTags("Reports").RequireAuthorization(Roles.Organiser);
        fair.MapGet("/report", FairAsync);
        fair.MapGet("/report.csv", FairCsvAsync);
        var monthly = routes.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Roles.Organiser);
        monthly.MapGet("/monthly", MonthlyAsync);
        monthly.MapGet("/monthly.csv", MonthlyCsvAsync);
        return routes;
    }

    private static async Task<Results<Ok<FairReport>, ProblemHttpResult>> FairAsync(string fairId, IGrainFactory grains) =>
        await FairReports.BuildAsync(grains, fairId) is { } report ? TypedResults.Ok(report) : NoSuchFair();

    private static async Task<IResult> FairCsvAsync(string fairId, IGrainFactory grains, IBlobStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await FairReports.BuildAsync(grains, fairId) is not { } report)
        {
            return NoSuchFair();
        }

        return await ReportExports.SaveAndAnswerAsync(store, clock, ReportCsv.Rows(report), $"fairs/{BlobName.EscapeSegment(fairId)}", $"fair-report-{fairId}.csv", cancellationToken);
    }

    private static async Task<Results<Ok<IReadOnlyList<CitySupervisionReport>>, ValidationProblem>> MonthlyAsync(
        IGrainFactory grains, IOptions<SchedulingOptions> options, string? month = null, string? city = null)
    {
        var errors = new ValidationErrors();
        var first = errors.Month("month", month);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await MonthlyReports.BuildAsync(grains, first!.Value, options.Value.ResolveTimeZone(), CityOf(city)));
    }

    private static async Task<IResult> MonthlyCsvAsync(
        IGrainFactory grains, IOptions<SchedulingOptions> options, IBlobStore store, TimeProvider clock, CancellationToken cancellationToken, string? month = null, string? city = null)
    {
        var errors = new ValidationErrors();
        var first = errors.Month("month", month);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var reports = await MonthlyReports.BuildAsync(grains, first!.Value, options.Value.ResolveTimeZone(), CityOf(city));
        var label = first.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var scope = CityOf(city) is { } one ? BlobName.EscapeSegment(one.Trim()) : "all-cities";
        return await ReportExports.SaveAndAnswerAsync(store, clock, ReportCsv.Rows(reports), $"monthly/{label}/{scope}", $"supervision-{label}.csv", cancellationToken);
    }

    private static string? CityOf(string? city) => string.IsNullOrWhiteSpace(city) ? null : city;

    private static ProblemHttpResult NoSuchFair() => Problems.NotFound("There is no fair with this id.");
}
