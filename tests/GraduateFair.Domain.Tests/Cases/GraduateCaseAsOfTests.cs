using GraduateFair.Domain.Cases;

namespace GraduateFair.Domain.Tests.Cases;

public sealed class GraduateCaseAsOfTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset AprilFirst = new(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void ACaseOpenedAtOrAfterTheEndDidNotExistYet()
    {
        Assert.Null(GraduateCase.Open("g1", AprilFirst).AsOf(AprilFirst));
    }

    [Fact]
    public void ACaseWithNothingAfterTheEndIsReturnedAsItIs()
    {
        var graduateCase = GraduateCase.Open("g1", T0).RecordService(ServiceKind.Guidance, 1, CaseActor.Organiser, "o1", T0.AddDays(1)).Case;

        Assert.Same(graduateCase, graduateCase.AsOf(AprilFirst));
    }

    [Fact]
    public void ChangesAndServicesFromTheEndOnAreLeftOut()
    {
        var march = GraduateCase.Open("g1", T0)
            .AfterInterviewStarted("room-1", T0.AddDays(1)).Case
            .RecordService(ServiceKind.Guidance, 1, CaseActor.Organiser, "o1", T0.AddDays(2)).Case;
        var april = march
            .Record(CaseStatus.Employed, "o1", AprilFirst.AddDays(3), employment: new Employment("Acme", new DateOnly(2026, 4, 3))).Case
            .RecordService(ServiceKind.Training, 1, CaseActor.Organiser, "o1", AprilFirst).Case;

        var asOf = april.AsOf(AprilFirst);

        Assert.Equal(march, asOf);
        Assert.Equal(CaseStatus.Interviewing, asOf!.Status);
        Assert.Equal(T0.AddDays(2), asOf.LastContactAt);
    }

    [Fact]
    public void ACaseWhoseOnlyChangeCameLaterWasSeekingWithoutContact()
    {
        var later = GraduateCase.Open("g1", T0).Record(CaseStatus.NotSeeking, "o1", AprilFirst.AddDays(1)).Case;

        var asOf = later.AsOf(AprilFirst);

        Assert.Equal(GraduateCase.Open("g1", T0), asOf);
    }

    [Fact]
    public void AContactRecordedOnlyAsATimeCountsWhenItWasBeforeTheEnd()
    {
        var contacted = GraduateCase.Open("g1", T0).RecordContact(T0.AddDays(5))
            .RecordService(ServiceKind.Recommendation, 3, CaseActor.Engine, "push-1", AprilFirst.AddDays(1)).Case;

        var asOf = contacted.AsOf(AprilFirst);

        Assert.Equal(T0.AddDays(5), asOf!.LastContactAt);
        Assert.Empty(asOf.Services);
    }
}
