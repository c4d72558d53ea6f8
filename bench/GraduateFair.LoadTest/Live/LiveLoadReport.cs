using System.Globalization;

namespace GraduateFair.LoadTest.Live;

/// <summary>The live mode's figures. Latencies are per (message, viewer) delivery, in milliseconds.</summary>
public sealed record LiveLoadReport(
    int Viewers,
    int Senders,
    double TargetMessagesPerSecond,
    double Seconds,
    int MessagesMeasured,
    double MessagesPerSecond,
    double DeliveriesPerSecond,
    int MessagesReachingEveryViewer,
    long RefusedOrFailedSends,
    double P50,
    double P95,
    double P99,
    double Max,
    double ServerCpuPercent,
    string LoadAverage,
    int Cores,
    double SetUpSeconds,
    int Watching)
{
    public string ToMarkdown() => string.Create(CultureInfo.InvariantCulture, $"""
        | figure | value |
        |---|---|
        | viewers watching (WebSocket) | {Watching:N0} |
        | senders | {Senders} |
        | chat messages/s sent (measured {Seconds:0} s) | {MessagesPerSecond:0.0} (target {TargetMessagesPerSecond}) |
        | messages reaching every viewer | {MessagesReachingEveryViewer:N0} of {MessagesMeasured:N0} |
        | deliveries/s (message × viewer) | {DeliveriesPerSecond:N0} |
        | refused or failed sends | {RefusedOrFailedSends} |
        | delivery latency p50 / p95 / p99 / max | {P50:0} / {P95:0} / {P99:0} / {Max:0} ms |
        | server CPU | {ServerCpuPercent:0}% of one core ({Cores} cores) |
        | load average at the end (1, 5, 15 min) | {LoadAverage} |
        """);
}
