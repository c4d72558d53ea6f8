using GraduateFair.Domain.Reports;

namespace GraduateFair.Domain.Tests.Reports;

public sealed class FairReportTests
{
    // Hand-computed, in seconds:
    //   priority lane 250, 600, 370         → sorted 250 370 600; median 370; p90 rank ⌈2.7⌉ = 3 → 600
    //   everyone else 720, 1200, 480, 900, 1800 → sorted 480 720 900 1200 1800; median 900; p90 rank ⌈4.5⌉ = 5 → 1800
    //   all eight     250 370 480 600 720 900 1200 1800; median (600 + 720) / 2 = 660; p90 rank ⌈7.2⌉ = 8 → 1800
    //   offers 2 of 8 interviews = 25%
    private static readonly FairReportInput SmallFair = new(
        "fair-1",
        "春季校园招聘会 · 武汉",
        Booths: 3,
        Jobs: 7,
        Openings: 25,
        GraduatesQueued: 9,
        Interviews: 8,
        Offers: 2,
        Waits:
        [
            new(TimeSpan.FromSeconds(250), PriorityLane: true),
            new(TimeSpan.FromSeconds(720), PriorityLane: false),
            new(TimeSpan.FromSeconds(1200), PriorityLane: false),
            new(TimeSpan.FromSeconds(600), PriorityLane: true),
            new(TimeSpan.FromSeconds(480), PriorityLane: false),
            new(TimeSpan.FromSeconds(900), PriorityLane: false),
            new(TimeSpan.FromSeconds(370), PriorityLane: true),
            new(TimeSpan.FromSeconds(1800), PriorityLane: false),
        ]);

    [Fact]
    public void ASmallFairsFiguresMatchTheHandComputedOnes()
    {
        var report = FairReport.Compute(SmallFair);

        Assert.Equal(
            new FairReport(
                "fair-1",
                "春季校园招聘会 · 武汉",
                Booths: 3,
                Jobs: 7,
                Openings: 25,
                GraduatesQueued: 9,
                Interviews: 8,
                Offers: 2,
                OfferRate: new Share(2, 8),
                Wait: new WaitStatistics(8, 660, 1800, "11 minutes", "30 minutes"),
                PriorityLaneWait: new WaitStatistics(3, 370, 600, "6 minutes", "10 minutes"),
                OtherWait: new WaitStatistics(5, 900, 1800, "15 minutes", "30 minutes"),
                Summary: "3 booths, 7 jobs with 25 openings; 9 graduates queued, 8 interviews, 2 offers (25%). "
                    + "Median wait: priority lane 6 minutes (90th percentile 10 minutes), everyone else 15 minutes (90th percentile 30 minutes).",
                LiveSessions: report.LiveSessions),
            report);
        Assert.Empty(report.LiveSessions);
    }

    [Fact]
    public void AFairWithoutInterviewsOrPriorityWaitsHasNoRateAndSaysNoOneWaited()
    {
        var report = FairReport.Compute(SmallFair with
        {
            Booths = 1,
            Jobs = 1,
            Openings = 1,
            GraduatesQueued = 1,
            Interviews = 0,
            Offers = 0,
            Waits = [new(TimeSpan.FromSeconds(40), PriorityLane: false)],
        });

        Assert.Null(report.OfferRate.Percent);
        Assert.Equal(new WaitStatistics(0, null, null, null, null), report.PriorityLaneWait);
        Assert.Equal(new WaitStatistics(1, 40, 40, "40 seconds", "40 seconds"), report.OtherWait);
        Assert.Equal(
            "1 booth, 1 job with 1 opening; 1 graduate queued, 0 interviews, 0 offers. "
                + "Median wait: priority lane no one waited, everyone else 40 seconds (90th percentile 40 seconds).",
            report.Summary);
    }

    [Fact]
    public void InconsistentInputIsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FairReport.Compute(SmallFair with { Offers = 9 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => FairReport.Compute(SmallFair with { Booths = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => FairReport.Compute(SmallFair with { Waits = [new(TimeSpan.FromSeconds(-1), false)] }));
    }
}
