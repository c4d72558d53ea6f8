using System.Text;
using GraduateFair.Domain.Exports;
using GraduateFair.Domain.LiveSessions;
using GraduateFair.Domain.Reports;

namespace GraduateFair.Domain.Tests.Reports;

public sealed class ReportCsvTests
{
    [Fact]
    public void AFairReportIsAHeaderAndOneRow()
    {
        var report = FairReport.Compute(new FairReportInput(
            "fair-1",
            "春季校园招聘会, 武汉",
            3,
            7,
            25,
            9,
            3,
            1,
            [new(TimeSpan.FromSeconds(250), true), new(TimeSpan.FromSeconds(480), false), new(TimeSpan.FromSeconds(720), false)]));

        var text = Csv.Document(ReportCsv.Rows(report));

        Assert.Equal(
            "fairId,title,booths,jobs,openings,graduatesQueued,interviews,offers,offerRatePercent,"
                + "waitCount,waitMedianSeconds,waitP90Seconds,"
                + "priorityLaneWaitCount,priorityLaneWaitMedianSeconds,priorityLaneWaitP90Seconds,"
                + "otherWaitCount,otherWaitMedianSeconds,otherWaitP90Seconds\r\n"
                + "fair-1,\"春季校园招聘会, 武汉\",3,7,25,9,3,1,33.3,3,480,720,1,250,250,2,600,720\r\n",
            text);
    }

    [Fact]
    public void LiveSessionsFollowTheFairAsASecondTableWithOneRowPerPinnedJob()
    {
        var startsAt = new DateTimeOffset(2026, 6, 2, 14, 0, 0, TimeSpan.FromHours(8));
        var report = FairReport.Compute(new FairReportInput("fair-3", "Live fair", 1, 2, 5, 0, 0, 0, [],
        [
            new("live_a", "booth_1", "Wuhan Optics Ltd", "Optics live", startsAt, LiveSessionStatus.Ended, 120, 300, 845,
                [new("job_1", "Optical engineer", 12, 5), new("job_2", "Test engineer", 3, 1)]),
            new("live_b", "booth_1", "Wuhan Optics Ltd", "Second live", startsAt.AddDays(1), LiveSessionStatus.Scheduled, 0, 0, 0, []),
        ]));

        var lines = Csv.Document(ReportCsv.Rows(report)).Split("\r\n");

        Assert.Equal(
            [
                "",
                "sessionId,boothId,companyName,sessionTitle,startsAt,status,peakViewers,totalViewers,chatMessages,jobId,jobTitle,queueJoins,applications",
                "live_a,booth_1,Wuhan Optics Ltd,Optics live,2026-06-02T14:00:00.0000000+08:00,ended,120,300,845,job_1,Optical engineer,12,5",
                "live_a,booth_1,Wuhan Optics Ltd,Optics live,2026-06-02T14:00:00.0000000+08:00,ended,120,300,845,job_2,Test engineer,3,1",
                "live_b,booth_1,Wuhan Optics Ltd,Second live,2026-06-03T14:00:00.0000000+08:00,scheduled,0,0,0,,,,",
                "",
            ],
            lines[2..]);
    }

    [Fact]
    public void MissingFiguresAreEmptyFieldsAndAFormulaLikeTitleIsGuarded()
    {
        var report = FairReport.Compute(new FairReportInput("fair-2", "=招聘会", 0, 0, 0, 0, 0, 0, []));

        var row = Csv.Document(ReportCsv.Rows(report)).Split("\r\n")[1];

        Assert.Equal("fair-2,'=招聘会,0,0,0,0,0,0,,0,,,0,,,0,,", row);
    }

    [Fact]
    public void CityReportsAreAHeaderAndARowEachInUtf8WithBom()
    {
        var wuhan = new CitySupervisionReport("武汉", new DateOnly(2025, 3, 1), 6, new(3, 6), new(1, 6), new(2, 6), new(2, 3), "");
        var empty = new CitySupervisionReport("襄阳", new DateOnly(2025, 3, 1), 0, new(0, 0), new(0, 0), new(0, 0), new(0, 0), "");

        var bytes = Csv.ToUtf8WithBom(ReportCsv.Rows([wuhan, empty]));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            "city,month,graduatesServed,all1311Done,all1311DonePercent,employed,employedPercent,"
                + "signedOrEmployed,signedOrEmployedPercent,priorityWantingHelp,priorityHelped,priorityHelpedPercent\r\n"
                + "武汉,2025-03,6,3,50,1,16.7,2,33.3,3,2,66.7\r\n"
                + "襄阳,2025-03,0,0,,0,,0,,0,0,\r\n",
            Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }
}
