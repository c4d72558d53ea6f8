using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Reports;

namespace GraduateFair.Domain.Tests.Reports;

public sealed class CitySupervisionReportTests
{
    private static readonly ServiceCounts Complete = new(1, 3, 1, 1, 0);

    [Fact]
    public void AMonthsFiguresMatchTheHandComputedOnes()
    {
        SupervisionCase[] cases =
        [
            new(CaseStatus.Employed, Complete, InPriorityGroup: true, HelpedByOrganiser: true),
            new(CaseStatus.Signed, new ServiceCounts(1, 3, 1, 0, 0), InPriorityGroup: false, HelpedByOrganiser: true),
            new(CaseStatus.Seeking, ServiceCounts.None, InPriorityGroup: true, HelpedByOrganiser: false),
            new(CaseStatus.NotSeeking, ServiceCounts.None, InPriorityGroup: true, HelpedByOrganiser: false),
            new(CaseStatus.Interviewing, Complete, InPriorityGroup: true, HelpedByOrganiser: true),
            new(CaseStatus.Seeking, Complete, InPriorityGroup: false, HelpedByOrganiser: false),
        ];

        // Served 6; 1311 done: cases 1, 5, 6; employed: case 1; signed or employed: cases 1, 2;
        // priority wanting help: cases 1, 3, 5 (case 4 is not seeking), of whom 1 and 5 were helped.
        var report = CitySupervisionReport.Compute(" 武汉 ", new DateOnly(2025, 3, 17), cases);

        Assert.Equal(
            new CitySupervisionReport(
                "武汉",
                new DateOnly(2025, 3, 1),
                GraduatesServed: 6,
                All1311Done: new Share(3, 6),
                Employed: new Share(1, 6),
                SignedOrEmployed: new Share(2, 6),
                PriorityHelped: new Share(2, 3),
                Summary: "武汉, March 2025: 6 graduates served; all of 1311 done for 3 of 6 (50%); employed 1 of 6 (16.7%), "
                    + "signed or employed 2 of 6 (33.3%); priority-group graduates wanting help helped: 2 of 3 (66.7%)."),
            report);
    }

    [Fact]
    public void AMonthWithNoCasesHasNoPercentages()
    {
        var report = CitySupervisionReport.Compute("Wuhan", new DateOnly(2025, 2, 28), []);

        Assert.Equal(0, report.GraduatesServed);
        Assert.Null(report.All1311Done.Percent);
        Assert.Null(report.PriorityHelped.Percent);
        Assert.Equal(
            "Wuhan, February 2025: 0 graduates served; all of 1311 done for 0 of 0; employed 0 of 0, signed or employed 0 of 0; "
                + "priority-group graduates wanting help helped: 0 of 0.",
            report.Summary);
    }

    [Fact]
    public void OnlyServicesAnOrganiserRecordedCountAsHelp()
    {
        var t0 = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var pushedOnly = GraduateCase.Open("g1", t0)
            .RecordService(ServiceKind.Recommendation, 5, CaseActor.Engine, "push-1", t0).Case;
        var guided = pushedOnly
            .RecordService(ServiceKind.Guidance, 1, CaseActor.Organiser, "org-1", t0.AddDays(1)).Case;

        Assert.Equal(new SupervisionCase(CaseStatus.Seeking, new ServiceCounts(0, 5, 0, 0, 0), true, false), SupervisionCase.From(pushedOnly, inPriorityGroup: true));
        Assert.True(SupervisionCase.From(guided, inPriorityGroup: true).HelpedByOrganiser);
    }

    [Fact]
    public void NotSeekingGraduatesDoNotWantHelp()
    {
        Assert.False(new SupervisionCase(CaseStatus.NotSeeking, ServiceCounts.None, true, false).WantsHelp);
        Assert.True(new SupervisionCase(CaseStatus.Employed, ServiceCounts.None, true, false).WantsHelp);
    }
}
