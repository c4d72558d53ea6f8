using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Validation;

namespace GraduateFair.Domain.Tests.Validation;

public sealed class GraduateRulesTests
{
    [Theory]
    [InlineData(1990)]
    [InlineData(2025)]
    [InlineData(2100)]
    public void GraduationYearFrom1990To2100IsAccepted(int year)
    {
        Assert.Null(GraduateRules.GraduationYear(year));
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    [InlineData(0)]
    public void GraduationYearOutsideTheRangeIsRejected(int year)
    {
        Assert.Equal("Graduation year must be between 1990 and 2100.", GraduateRules.GraduationYear(year));
    }

    [Fact]
    public void PriorityGroupsWithConsentAreAccepted()
    {
        Assert.Empty(GraduateRules.PriorityConsent([PriorityGroup.Disability], consent: true));
    }

    [Fact]
    public void PriorityGroupsWithoutConsentAreRejected()
    {
        Assert.Equal(
            [new FieldError("consent", "Consent must be given to record priority groups.")],
            GraduateRules.PriorityConsent([PriorityGroup.LowIncome], consent: false));
    }

    [Fact]
    public void ConsentWithoutAnyGroupIsRejected()
    {
        Assert.Equal(
            [new FieldError("groups", "Choose at least one priority group.")],
            GraduateRules.PriorityConsent([], consent: true));
    }
}
