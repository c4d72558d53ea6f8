using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Interviews;

namespace GraduateFair.Domain.Tests.Cases;

public sealed class GraduateCaseTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Employment Acme = new("武汉光谷科技有限公司", new DateOnly(2025, 6, 20));

    [Fact]
    public void ANewCaseIsSeekingWithNothingRecorded()
    {
        var graduateCase = GraduateCase.Open("g1", T0);

        Assert.Equal(new GraduateCase("g1", T0, CaseStatus.Seeking, [], [], null), graduateCase);
        Assert.Equal(ServiceCounts.None, graduateCase.ServiceCounts);
        Assert.Null(graduateCase.Employment);
    }

    [Fact]
    public void TheFirstInterviewMovesASeekingCaseToInterviewing()
    {
        var result = GraduateCase.Open("g1", T0).AfterInterviewStarted("room-1", T0.AddDays(1));

        Assert.Equal(CaseResultKind.Changed, result.Kind);
        Assert.Equal(CaseStatus.Interviewing, result.Case.Status);
        Assert.Equal(
            [new CaseChange(CaseStatus.Seeking, CaseStatus.Interviewing, T0.AddDays(1), CaseActor.Engine, "room-1")],
            result.Case.History);
        Assert.Null(result.Message);
    }

    [Fact]
    public void ALaterInterviewLeavesTheCaseAsItIs()
    {
        var interviewing = GraduateCase.Open("g1", T0).AfterInterviewStarted("room-1", T0.AddDays(1)).Case;

        var result = interviewing.AfterInterviewStarted("room-2", T0.AddDays(2));

        Assert.Equal(CaseResultKind.Unchanged, result.Kind);
        Assert.Same(interviewing, result.Case);
    }

    [Fact]
    public void AnOfferOutcomeMovesTheCaseToOffer()
    {
        var interviewing = GraduateCase.Open("g1", T0).AfterInterviewStarted("room-1", T0.AddDays(1)).Case;

        var result = interviewing.AfterInterviewEnded("room-1", InterviewOutcome.Offer, T0.AddDays(1).AddMinutes(20));

        Assert.Equal(CaseResultKind.Changed, result.Kind);
        Assert.Equal(CaseStatus.Offer, result.Case.Status);
        Assert.Equal(
            new CaseChange(CaseStatus.Interviewing, CaseStatus.Offer, T0.AddDays(1).AddMinutes(20), CaseActor.Engine, "room-1"),
            result.Case.History[^1]);
        Assert.Equal(2, result.Case.History.Count);
    }

    [Fact]
    public void AnInterviewOfSomeoneAtOfferDoesNotMoveThemBackToInterviewing()
    {
        var atOffer = GraduateCase.Open("g1", T0).AfterInterviewEnded("room-1", InterviewOutcome.Offer, T0).Case;

        var started = atOffer.AfterInterviewStarted("room-2", T0.AddDays(1));
        var rejected = atOffer.AfterInterviewEnded("room-2", InterviewOutcome.Reject, T0.AddDays(1));

        Assert.Equal(CaseResultKind.Unchanged, started.Kind);
        Assert.Equal(CaseResultKind.Unchanged, rejected.Kind);
        Assert.Same(atOffer, started.Case);
        Assert.Same(atOffer, rejected.Case);
    }

    [Fact]
    public void ARejectionLeavesAnInterviewingCaseInterviewing()
    {
        var interviewing = GraduateCase.Open("g1", T0).AfterInterviewStarted("room-1", T0).Case;

        var result = interviewing.AfterInterviewEnded("room-1", InterviewOutcome.Reject, T0.AddMinutes(15));

        Assert.Equal(CaseResultKind.Unchanged, result.Kind);
        Assert.Equal(CaseStatus.Interviewing, result.Case.Status);
    }

    [Fact]
    public void PlatformMovesAreNotContact()
    {
        var result = GraduateCase.Open("g1", T0).AfterInterviewStarted("room-1", T0.AddDays(3));

        Assert.Null(result.Case.LastContactAt);
    }

    [Fact]
    public void AnOrganiserRecordsSignedWithEmployerAndDate()
    {
        var atOffer = GraduateCase.Open("g1", T0).AfterInterviewEnded("room-1", InterviewOutcome.Offer, T0).Case;
        var at = T0.AddDays(19);

        var result = atOffer.Record(CaseStatus.Signed, "org-1", at, "  三方协议已签  ", Acme with { Employer = "  武汉光谷科技有限公司 " });

        Assert.Equal(CaseResultKind.Changed, result.Kind);
        Assert.Equal(CaseStatus.Signed, result.Case.Status);
        Assert.Equal(
            new CaseChange(CaseStatus.Offer, CaseStatus.Signed, at, CaseActor.Organiser, "org-1", "三方协议已签", Acme),
            result.Case.History[^1]);
        Assert.Equal(Acme, result.Case.Employment);
        Assert.Equal(at, result.Case.LastContactAt);
    }

    [Theory]
    [InlineData(CaseStatus.Signed, "Employer is required to record signed. Date is required to record signed.")]
    [InlineData(CaseStatus.Employed, "Employer is required to record employed. Date is required to record employed.")]
    public void SignedOrEmployedWithoutEmployerAndDateIsRefused(CaseStatus to, string message)
    {
        var graduateCase = GraduateCase.Open("g1", T0);

        var result = graduateCase.Record(to, "org-1", T0.AddDays(1));

        Assert.Equal(new CaseResult(CaseResultKind.Refused, graduateCase, message), result);
        Assert.Same(graduateCase, result.Case);
    }

    [Fact]
    public void AnEmployerWithAnyOtherStatusIsRefused()
    {
        var graduateCase = GraduateCase.Open("g1", T0);

        var result = graduateCase.Record(CaseStatus.NotSeeking, "org-1", T0, employment: Acme);

        Assert.Equal(CaseResultKind.Refused, result.Kind);
        Assert.Equal("Employer is recorded only with signed or employed. Date is recorded only with signed or employed.", result.Message);
    }

    [Theory]
    [InlineData(CaseStatus.Interviewing)]
    [InlineData(CaseStatus.Offer)]
    public void AnOrganiserCannotSetInterviewingOrOffer(CaseStatus to)
    {
        var graduateCase = GraduateCase.Open("g1", T0);

        var result = graduateCase.Record(to, "org-1", T0);

        Assert.Equal(CaseResultKind.Refused, result.Kind);
        Assert.Equal(
            "Interviewing and offer are set by interviews on the platform; record signed or employed for a job found elsewhere.",
            result.Message);
        Assert.Same(graduateCase, result.Case);
    }

    [Fact]
    public void EmployedIsTerminalForThePlatform()
    {
        var employed = Employed();

        Assert.Equal(CaseResultKind.Unchanged, employed.AfterInterviewStarted("room-9", T0.AddDays(60)).Kind);
        Assert.Equal(CaseResultKind.Unchanged, employed.AfterInterviewEnded("room-9", InterviewOutcome.Offer, T0.AddDays(60)).Kind);
    }

    [Theory]
    [InlineData(CaseStatus.Seeking)]
    [InlineData(CaseStatus.NotSeeking)]
    public void ReopeningAnEmployedCaseWithoutANoteIsRefused(CaseStatus to)
    {
        var employed = Employed();

        var withoutNote = employed.Record(to, "org-1", T0.AddDays(90));
        var blankNote = employed.Record(to, "org-1", T0.AddDays(90), "   ");

        var expected = $"A note is required to move a case from employed to {(to == CaseStatus.Seeking ? "seeking" : "not-seeking")}.";
        Assert.Equal(new CaseResult(CaseResultKind.Refused, employed, expected), withoutNote);
        Assert.Equal(new CaseResult(CaseResultKind.Refused, employed, expected), blankNote);
    }

    [Fact]
    public void AnOrganiserReopensAnEmployedCaseWithANote()
    {
        var employed = Employed();
        var at = T0.AddDays(90);

        var result = employed.Record(CaseStatus.Seeking, "org-2", at, "Company closed; looking again.");

        Assert.Equal(CaseResultKind.Changed, result.Kind);
        Assert.Equal(CaseStatus.Seeking, result.Case.Status);
        Assert.Null(result.Case.Employment);
        Assert.Equal(
            new CaseChange(CaseStatus.Employed, CaseStatus.Seeking, at, CaseActor.Organiser, "org-2", "Company closed; looking again."),
            result.Case.History[^1]);
    }

    [Fact]
    public void LeavingSignedNeedsANote()
    {
        var signed = GraduateCase.Open("g1", T0).Record(CaseStatus.Signed, "org-1", T0, employment: Acme).Case;

        Assert.Equal(
            "A note is required to move a case from signed to seeking.",
            signed.Record(CaseStatus.Seeking, "org-1", T0.AddDays(1)).Message);
        Assert.Equal(
            CaseResultKind.Changed,
            signed.Record(CaseStatus.Seeking, "org-1", T0.AddDays(1), "Contract withdrawn by the employer.").Kind);
    }

    [Fact]
    public void AnEmployedCaseCannotGoBackToSigned()
    {
        var employed = Employed();

        var result = employed.Record(CaseStatus.Signed, "org-1", T0.AddDays(90), "mistake", Acme);

        Assert.Equal(
            new CaseResult(CaseResultKind.Refused, employed, "An employed case cannot go back to signed; reopen it to seeking with a note first."),
            result);
    }

    [Fact]
    public void RecordingTheSameStatusAgainChangesNothing()
    {
        var seeking = GraduateCase.Open("g1", T0);
        var signed = seeking.Record(CaseStatus.Signed, "org-1", T0, employment: Acme).Case;

        Assert.Equal(new CaseResult(CaseResultKind.Unchanged, seeking), seeking.Record(CaseStatus.Seeking, "org-1", T0.AddDays(1)));
        Assert.Equal(new CaseResult(CaseResultKind.Unchanged, signed), signed.Record(CaseStatus.Signed, "org-1", T0.AddDays(1), employment: Acme));
    }

    [Fact]
    public void ADifferentEmployerOnASignedCaseIsRecordedAsACorrection()
    {
        var signed = GraduateCase.Open("g1", T0).Record(CaseStatus.Signed, "org-1", T0, employment: Acme).Case;
        var corrected = new Employment("武汉光谷科技股份有限公司", Acme.Date);

        var result = signed.Record(CaseStatus.Signed, "org-1", T0.AddDays(1), "Company name corrected.", corrected);

        Assert.Equal(CaseResultKind.Changed, result.Kind);
        Assert.Equal(
            new CaseChange(CaseStatus.Signed, CaseStatus.Signed, T0.AddDays(1), CaseActor.Organiser, "org-1", "Company name corrected.", corrected),
            result.Case.History[^1]);
        Assert.Equal(corrected, result.Case.Employment);
    }

    [Fact]
    public void NotSeekingGoesBackToSeekingWithoutANote()
    {
        var notSeeking = GraduateCase.Open("g1", T0).Record(CaseStatus.NotSeeking, "org-1", T0, "Preparing for the civil service exam.").Case;

        var result = notSeeking.Record(CaseStatus.Seeking, "org-1", T0.AddDays(40));

        Assert.Equal(CaseResultKind.Changed, result.Kind);
        Assert.Equal(CaseStatus.Seeking, result.Case.Status);
        Assert.Equal(
            new CaseChange(CaseStatus.NotSeeking, CaseStatus.Seeking, T0.AddDays(40), CaseActor.Organiser, "org-1"),
            result.Case.History[^1]);
    }

    [Fact]
    public void ANotSeekingGraduateWhoInterviewsIsInterviewing()
    {
        var notSeeking = GraduateCase.Open("g1", T0).Record(CaseStatus.NotSeeking, "org-1", T0).Case;

        var result = notSeeking.AfterInterviewStarted("room-1", T0.AddDays(3));

        Assert.Equal(CaseStatus.Interviewing, result.Case.Status);
        Assert.Equal(CaseStatus.NotSeeking, result.Case.History[^1].From);
    }

    [Fact]
    public void TheWholeJourneyIsKeptInOrder()
    {
        var graduateCase = GraduateCase.Open("g1", T0)
            .AfterInterviewStarted("room-1", T0.AddDays(1)).Case
            .AfterInterviewEnded("room-1", InterviewOutcome.Offer, T0.AddDays(1)).Case
            .Record(CaseStatus.Signed, "org-1", T0.AddDays(5), employment: Acme).Case
            .Record(CaseStatus.Employed, "org-1", T0.AddDays(30), employment: Acme with { Date = new DateOnly(2025, 7, 1) }).Case;

        Assert.Equal(
            [
                (CaseStatus.Seeking, CaseStatus.Interviewing, CaseActor.Engine),
                (CaseStatus.Interviewing, CaseStatus.Offer, CaseActor.Engine),
                (CaseStatus.Offer, CaseStatus.Signed, CaseActor.Organiser),
                (CaseStatus.Signed, CaseStatus.Employed, CaseActor.Organiser),
            ],
            graduateCase.History.Select(c => (c.From, c.To, c.Actor)));
        Assert.Equal(new Employment(Acme.Employer, new DateOnly(2025, 7, 1)), graduateCase.Employment);
    }

    [Fact]
    public void AnOverlongNoteIsRefused()
    {
        var graduateCase = GraduateCase.Open("g1", T0);

        var result = graduateCase.Record(CaseStatus.NotSeeking, "org-1", T0, new string('x', 4001));

        Assert.Equal(new CaseResult(CaseResultKind.Refused, graduateCase, "Note must be at most 4000 characters."), result);
    }

    [Fact]
    public void EmptyIdsAreProgrammingErrors()
    {
        var graduateCase = GraduateCase.Open("g1", T0);

        Assert.Throws<ArgumentException>(() => GraduateCase.Open("", T0));
        Assert.Throws<ArgumentException>(() => graduateCase.AfterInterviewStarted("", T0));
        Assert.Throws<ArgumentException>(() => graduateCase.AfterInterviewEnded("", InterviewOutcome.Offer, T0));
        Assert.Throws<ArgumentException>(() => graduateCase.Record(CaseStatus.NotSeeking, "", T0));
        Assert.Throws<ArgumentException>(() => graduateCase.RecordService(ServiceKind.Guidance, 1, CaseActor.Organiser, "", T0));
    }

    private static GraduateCase Employed() =>
        GraduateCase.Open("g1", T0).Record(CaseStatus.Employed, "org-1", T0.AddDays(30), employment: Acme).Case;
}
