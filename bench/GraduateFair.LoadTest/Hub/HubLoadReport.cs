using System.Globalization;
using System.Text;

namespace GraduateFair.LoadTest.Hub;

/// <summary>The figures of one run, as Markdown for docs/benchmarks/hub.md and as JSON.</summary>
public sealed record HubLoadReport(
    int Graduates,
    int Booths,
    double IntervalMs,
    double DurationS,
    int ProcessorCount,
    double SetupS,
    PhaseReport Product,
    PhaseReport Baseline,
    PhaseReport Ceiling)
{
    public const double TargetRatio = 0.7;
    public const double TargetP99Ms = 250;

    /// <summary>The product's QueuePosition messages a second over the paced baseline's.</summary>
    public double Ratio => Baseline.PositionsPerSecond > 0 ? Product.PositionsPerSecond / Baseline.PositionsPerSecond : 0;

    public bool MeetsTargets => Ratio >= TargetRatio && Product.P99FromAnswerMs < TargetP99Ms;

    public static HubLoadReport From(HubLoadOptions options, PhaseFigures product, PhaseFigures baseline, PhaseFigures ceiling, TimeSpan setup)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(
            options.Graduates,
            options.Booths,
            options.Interval.TotalMilliseconds,
            options.Duration.TotalSeconds,
            Environment.ProcessorCount,
            setup.TotalSeconds,
            PhaseReport.From(product),
            PhaseReport.From(baseline),
            PhaseReport.From(ceiling));
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        Line(md, $"{Graduates:N0} graduates on WebSockets, {Booths} booths, call next every {IntervalMs:0} ms per booth; {DurationS:0} s measured per phase; {ProcessorCount} cores shared by the server and the load tool (set-up {SetupS:0} s).");
        md.AppendLine();
        Line(md, $"| | product (call next → QueuePosition) | baseline (do-nothing broadcast, same pace) | ceiling (do-nothing broadcast, flat out) |");
        Line(md, $"|---|---|---|---|");
        Line(md, $"| calls next answered / s (nominal {Booths * 1000 / IntervalMs:N0}) | {Product.CallsPerSecond:N0} | – | – |");
        Line(md, $"| call next round trip, p50 / p99 | {Product.P50CallMs:0} / {Product.P99CallMs:0} ms | – | – |");
        Line(md, $"| a booth's turn (call, decline, join), p50 / p99 | {Product.P50CycleMs:0} / {Product.P99CycleMs:0} ms | – | – |");
        Line(md, $"| QueuePosition messages / s | **{Product.PositionsPerSecond:N0}** | **{Baseline.PositionsPerSecond:N0}** | {Ceiling.PositionsPerSecond:N0} |");
        Line(md, $"| other hub messages / s | {Product.OtherPerSecond:N0} | {Baseline.OtherPerSecond:N0} | – |");
        Line(md, $"| mean QueuePosition record | {Product.MeanPositionBytes:0} B | {Baseline.MeanPositionBytes:0} B | {Ceiling.MeanPositionBytes:0} B |");
        Line(md, $"| latency from the answer, p50 / p99 / max | **{Product.P50FromAnswerMs:0.0} / {Product.P99FromAnswerMs:0.0}** / {Product.MaxFromAnswerMs:0} ms | {Baseline.P50FromAnswerMs:0.0} / {Baseline.P99FromAnswerMs:0.0} / {Baseline.MaxFromAnswerMs:0} ms | – |");
        Line(md, $"| latency from the request, p50 / p99 | {Product.P50FromRequestMs:0.0} / {Product.P99FromRequestMs:0.0} ms | {Baseline.P50FromRequestMs:0.0} / {Baseline.P99FromRequestMs:0.0} ms | – |");
        Line(md, $"| arrived before the answer | {Product.Early:N0} | {Baseline.Early:N0} | – |");
        Line(md, $"| staleness incl. coalescing, p50 / p99 | {Product.P50StalenessMs:0} / {Product.P99StalenessMs:0} ms | – | – |");
        Line(md, $"| server CPU (100% = one core) | {Product.ServerCpuPercent:0}% | {Baseline.ServerCpuPercent:0}% | {Ceiling.ServerCpuPercent:0}% |");
        Line(md, $"| load tool CPU | {Product.ToolCpuPercent:0}% | {Baseline.ToolCpuPercent:0}% | {Ceiling.ToolCpuPercent:0}% |");
        Line(md, $"| load average after the phase | {Product.LoadAverage} | {Baseline.LoadAverage} | {Ceiling.LoadAverage} |");
        md.AppendLine();
        Line(md, $"Product / baseline messages per second: **{Ratio:P0}** (target ≥ {TargetRatio:P0}); p99 from the answer **{Product.P99FromAnswerMs:0} ms** (target < {TargetP99Ms:0} ms): {(MeetsTargets ? "both met" : "NOT met")}.");
        return md.ToString();
    }

    private static void Line(StringBuilder md, FormattableString text) => md.AppendLine(text.ToString(CultureInfo.InvariantCulture));
}

public sealed record PhaseReport(
    double Seconds,
    double CallsPerSecond,
    double PositionsPerSecond,
    double OtherPerSecond,
    double MeanPositionBytes,
    double P50FromAnswerMs,
    double P99FromAnswerMs,
    double MaxFromAnswerMs,
    double P50FromRequestMs,
    double P99FromRequestMs,
    long Early,
    double P50StalenessMs,
    double P99StalenessMs,
    double ServerCpuPercent,
    double ToolCpuPercent,
    string LoadAverage,
    double P50CallMs,
    double P99CallMs,
    double P50CycleMs,
    double P99CycleMs)
{
    public static PhaseReport From(PhaseFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var seconds = Math.Max(figures.Elapsed.TotalSeconds, 1e-9);
        return new(
            figures.Elapsed.TotalSeconds,
            figures.CallsAnswered / seconds,
            figures.Positions / seconds,
            figures.OtherMessages / seconds,
            figures.Positions > 0 ? (double)figures.PositionBytes / figures.Positions : 0,
            figures.FromAnswer.Percentile(50),
            figures.FromAnswer.Percentile(99),
            figures.FromAnswer.Max,
            figures.FromRequest.Percentile(50),
            figures.FromRequest.Percentile(99),
            figures.Early,
            figures.Staleness.Percentile(50),
            figures.Staleness.Percentile(99),
            100 * figures.ServerCpu.TotalSeconds / seconds,
            100 * figures.ToolCpu.TotalSeconds / seconds,
            figures.LoadAverage,
            figures.CallRoundTrip.Percentile(50),
            figures.CallRoundTrip.Percentile(99),
            figures.Cycle.Percentile(50),
            figures.Cycle.Percentile(99));
    }
}
