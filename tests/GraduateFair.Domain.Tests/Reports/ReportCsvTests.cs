using System.Text;
using GraduateFair.Domain.Exports;
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
