using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Enumerations;
using GraduateFair.Domain.Interviews;

namespace GraduateFair.Domain.Tests.Cases;

public sealed class CaseTransitionsTests
{
    // The table documented on CaseTransitions, rows from, columns to.
    private const string OrganiserTable = """
                        seeking     interviewing   offer          signed       employed   not-seeking
        seeking         same        platform-only  platform-only  allowed      allowed    allowed
        interviewing    allowed     platform-only  platform-only  allowed      allowed    allowed
        offer           allowed     platform-only  platform-only  allowed      allowed    allowed
        signed          needs-note  platform-only  platform-only  same         allowed    needs-note
        employed        needs-note  platform-only  platform-only  not-allowed  same       needs-note
        not-seeking     allowed     platform-only  platform-only  allowed      allowed    same
        """;

    public static TheoryData<CaseStatus, CaseStatus, OrganiserMove> OrganiserCells()
    {
        var data = new TheoryData<CaseStatus, CaseStatus, OrganiserMove>();
        var lines = OrganiserTable.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var columns = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Parse<CaseStatus>).ToArray();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var from = Parse<CaseStatus>(cells[0]);
            for (var i = 0; i < columns.Length; i++)
            {
                data.Add(from, columns[i], Parse<OrganiserMove>(cells[i + 1]));
            }
        }

        return data;
    }

    [Fact]
    public void TheOrganiserTableCoversEveryPairOfStatuses()
    {
        Assert.Equal(36, OrganiserCells().Count);
    }

    [Theory]
    [MemberData(nameof(OrganiserCells))]
    public void OrganiserMovesFollowTheTable(CaseStatus from, CaseStatus to, OrganiserMove expected)
    {
        Assert.Equal(expected, CaseTransitions.ForOrganiser(from, to));
    }

    [Theory]
    [InlineData(CaseStatus.Seeking, CaseStatus.Interviewing)]
    [InlineData(CaseStatus.NotSeeking, CaseStatus.Interviewing)]
    [InlineData(CaseStatus.Interviewing, null)]
    [InlineData(CaseStatus.Offer, null)]
    [InlineData(CaseStatus.Signed, null)]
    [InlineData(CaseStatus.Employed, null)]
    public void AnInterviewStartingMovesOnlySeekingAndNotSeekingCasesToInterviewing(CaseStatus current, CaseStatus? expected)
    {
        Assert.Equal(expected, CaseTransitions.AfterInterviewStarted(current));
    }

    [Theory]
    [InlineData(CaseStatus.Seeking, CaseStatus.Offer)]
    [InlineData(CaseStatus.NotSeeking, CaseStatus.Offer)]
    [InlineData(CaseStatus.Interviewing, CaseStatus.Offer)]
    [InlineData(CaseStatus.Offer, null)]
    [InlineData(CaseStatus.Signed, null)]
    [InlineData(CaseStatus.Employed, null)]
    public void AnOfferMovesCasesBeforeOfferToOfferAndNeverBack(CaseStatus current, CaseStatus? expected)
    {
        Assert.Equal(expected, CaseTransitions.AfterInterviewEnded(current, InterviewOutcome.Offer));
    }

    [Theory]
    [InlineData(InterviewOutcome.Advance)]
    [InlineData(InterviewOutcome.Reject)]
    [InlineData(InterviewOutcome.NoShow)]
    public void OutcomesOtherThanOfferMoveNoCase(InterviewOutcome outcome)
    {
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            Assert.Null(CaseTransitions.AfterInterviewEnded(status, outcome));
        }
    }

    [Fact]
    public void UnknownValuesAreProgrammingErrors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseTransitions.AfterInterviewStarted((CaseStatus)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseTransitions.AfterInterviewEnded((CaseStatus)42, InterviewOutcome.Reject));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseTransitions.AfterInterviewEnded(CaseStatus.Seeking, (InterviewOutcome)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseTransitions.ForOrganiser((CaseStatus)42, CaseStatus.Seeking));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseTransitions.ForOrganiser(CaseStatus.Seeking, (CaseStatus)42));
    }

    private static T Parse<T>(string text)
        where T : struct, Enum =>
        KebabCase.TryParse<T>(text, out var value) ? value : throw new FormatException(KebabCase.UnknownValueMessage<T>(text));
}
