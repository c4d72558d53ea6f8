using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Validation;

namespace GraduateFair.Domain.Tests.Validation;

public sealed class CaseRulesTests
{
    private static readonly DateOnly June20 = new(2025, 6, 20);

    [Theory]
    [InlineData(CaseStatus.Signed)]
    [InlineData(CaseStatus.Employed)]
    public void SignedAndEmployedWithEmployerAndDateAreAccepted(CaseStatus to)
    {
        Assert.Empty(CaseRules.StatusChange(to, null, "湖北长江出版集团", June20));
    }

    [Theory]
    [InlineData(CaseStatus.Seeking)]
    [InlineData(CaseStatus.NotSeeking)]
    public void OtherStatusesWithoutEmployerAreAccepted(CaseStatus to)
    {
        Assert.Empty(CaseRules.StatusChange(to, "note", null, null));
        Assert.Empty(CaseRules.StatusChange(to, null, "   ", null));
    }

    [Fact]
    public void SignedWithABlankEmployerAndNoDateNamesBothFields()
    {
        Assert.Equal(
            [
                new FieldError("employer", "Employer is required to record signed."),
                new FieldError("date", "Date is required to record signed."),
            ],
            CaseRules.StatusChange(CaseStatus.Signed, null, " ", null));
    }

    [Fact]
    public void AnOverlongEmployerOrNoteIsRejected()
    {
        Assert.Equal(
            [
                new FieldError("employer", "Employer must be at most 200 characters."),
                new FieldError("note", "Note must be at most 4000 characters."),
            ],
            CaseRules.StatusChange(CaseStatus.Employed, new string('x', 4001), new string('公', 201), June20));
    }

    [Fact]
    public void EmployerAndDateWithAnotherStatusAreRejected()
    {
        Assert.Equal(
            [
                new FieldError("employer", "Employer is recorded only with signed or employed."),
                new FieldError("date", "Date is recorded only with signed or employed."),
            ],
            CaseRules.StatusChange(CaseStatus.Seeking, null, "Acme", June20));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void OneToAHundredServicesAreAccepted(int count)
    {
        Assert.Empty(CaseRules.Services(count, "一对一指导"));
    }

    [Fact]
    public void ServicesOutsideTheRangeWithAnOverlongNoteNameBothFields()
    {
        Assert.Equal(
            [
                new FieldError("count", "Count must be between 1 and 100."),
                new FieldError("note", "Note must be at most 4000 characters."),
            ],
            CaseRules.Services(0, new string('x', 4001)));
    }
}
