using System.Text.Json;
using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Enumerations;
using GraduateFair.Domain.Interviews;

namespace GraduateFair.Domain.Tests.Cases;

public sealed class GraduateCaseServicesTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void ServicesAreKeptAndCountedPerKind()
    {
        var graduateCase = GraduateCase.Open("g1", T0)
            .RecordService(ServiceKind.Guidance, 1, CaseActor.Organiser, "org-1", T0.AddDays(1), " 职业规划咨询 ").Case
            .RecordService(ServiceKind.Recommendation, 3, CaseActor.Engine, "push-1", T0.AddDays(2)).Case
            .RecordService(ServiceKind.Recommendation, 5, CaseActor.Engine, "push-2", T0.AddDays(9)).Case
            .RecordService(ServiceKind.Other, 2, CaseActor.Organiser, "org-1", T0.AddDays(10)).Case;

        Assert.Equal(new ServiceCounts(Guidance: 1, Recommendation: 8, Training: 0, Internship: 0, Other: 2), graduateCase.ServiceCounts);
        Assert.Equal(
            new ServiceRecord(ServiceKind.Guidance, 1, T0.AddDays(1), CaseActor.Organiser, "org-1", "职业规划咨询"),
            graduateCase.Services[0]);
        Assert.Equal(4, graduateCase.Services.Count);
    }

    [Fact]
    public void ServicesAnOrganiserRecordsAreContactAndJobPushesAreNot()
    {
        var pushed = GraduateCase.Open("g1", T0).RecordService(ServiceKind.Recommendation, 3, CaseActor.Engine, "push-1", T0.AddDays(2)).Case;
        var guided = pushed.RecordService(ServiceKind.Guidance, 1, CaseActor.Organiser, "org-1", T0.AddDays(3)).Case;

        Assert.Null(pushed.LastContactAt);
        Assert.Equal(T0.AddDays(3), guided.LastContactAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public void AServiceCountOutsideOneToAHundredIsRefused(int count)
    {
        var graduateCase = GraduateCase.Open("g1", T0);

        var result = graduateCase.RecordService(ServiceKind.Training, count, CaseActor.Organiser, "org-1", T0);

        Assert.Equal(new CaseResult(CaseResultKind.Refused, graduateCase, "Count must be between 1 and 100."), result);
    }

    [Fact]
    public void AnUnknownServiceKindIsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => GraduateCase.Open("g1", T0).RecordService((ServiceKind)9, 1, CaseActor.Organiser, "org-1", T0));
    }

    [Fact]
    public void AContactEarlierThanTheLastOneChangesNothing()
    {
        var contacted = GraduateCase.Open("g1", T0).RecordContact(T0.AddDays(10));

        Assert.Equal(T0.AddDays(10), contacted.RecordContact(T0.AddDays(5)).LastContactAt);
        Assert.Equal(T0.AddDays(12), contacted.RecordContact(T0.AddDays(12)).LastContactAt);
    }

    [Fact]
    public void ANeverContactedCaseIsDueThirtyDaysAfterOpening()
    {
        var graduateCase = GraduateCase.Open("g1", T0);

        Assert.Equal(T0.AddDays(30), graduateCase.FollowUpDueAt);
        Assert.False(graduateCase.IsFollowUpDue(T0.AddDays(30).AddTicks(-1)));
        Assert.True(graduateCase.IsFollowUpDue(T0.AddDays(30)));
    }

    [Fact]
    public void AFollowUpFallsDueThirtyDaysAfterTheLastContact()
    {
        var graduateCase = GraduateCase.Open("g1", T0).RecordContact(T0.AddDays(20));

        Assert.Equal(T0.AddDays(50), graduateCase.FollowUpDueAt);
        Assert.False(graduateCase.IsFollowUpDue(T0.AddDays(49)));
        Assert.True(graduateCase.IsFollowUpDue(T0.AddDays(50)));
    }

    [Fact]
    public void ACaseAtOfferIsNotFollowedUp()
    {
        var atOffer = GraduateCase.Open("g1", T0).AfterInterviewEnded("room-1", InterviewOutcome.Offer, T0).Case;

        Assert.Null(atOffer.FollowUpDueAt);
        Assert.False(atOffer.IsFollowUpDue(T0.AddDays(365)));
    }

    [Fact]
    public void ACaseSurvivesJsonWithKebabCaseEnumerations()
    {
        var graduateCase = GraduateCase.Open("g1", T0)
            .Record(CaseStatus.NotSeeking, "org-1", T0.AddDays(1), "考研").Case
            .Record(CaseStatus.Employed, "org-1", T0.AddDays(2), employment: new Employment("Acme", new DateOnly(2025, 7, 1))).Case
            .RecordService(ServiceKind.Internship, 1, CaseActor.Organiser, "org-1", T0.AddDays(3)).Case;
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddKebabCaseEnums();

        var json = JsonSerializer.Serialize(graduateCase, options);
        var read = JsonSerializer.Deserialize<GraduateCase>(json, options)!;

        Assert.Equal(graduateCase, read);
        Assert.Contains("\"status\":\"employed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"from\":\"not-seeking\"", json, StringComparison.Ordinal);
        Assert.Contains("\"employment\":{\"employer\":\"Acme\",\"date\":\"2025-07-01\"}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("serviceCounts", json, StringComparison.Ordinal);
        Assert.DoesNotContain("followUpDueAt", json, StringComparison.Ordinal);
        Assert.Equal(read.ServiceCounts, graduateCase.ServiceCounts);
    }

    [Fact]
    public void CasesWithDifferentHistoriesAreNotEqual()
    {
        var open = GraduateCase.Open("g1", T0);
        var a = open.Record(CaseStatus.NotSeeking, "org-1", T0, "a").Case;
        var b = open.Record(CaseStatus.NotSeeking, "org-1", T0, "b").Case;

        Assert.NotEqual(a, b);
        Assert.Equal(a, a with { History = [.. a.History] });
    }
}
