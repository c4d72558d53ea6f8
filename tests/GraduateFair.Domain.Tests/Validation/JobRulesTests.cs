using GraduateFair.Domain.Validation;

namespace GraduateFair.Domain.Tests.Validation;

public sealed class JobRulesTests
{
    [Theory]
    [InlineData(1, null, null)]
    [InlineData(3, 5000, 8000)]
    [InlineData(3, 6000, 6000)]
    [InlineData(3, 0, 0)]
    [InlineData(3, 6000, null)]
    [InlineData(3, null, 6000)]
    public void JobWithOpeningsAndOrderedSalariesIsAccepted(int openings, int? salaryMin, int? salaryMax)
    {
        Assert.Empty(JobRules.Check(openings, salaryMin, salaryMax));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void JobWithoutOpeningsIsRejected(int openings)
    {
        Assert.Equal([new FieldError("openings", "Openings must be at least 1.")], JobRules.Check(openings, null, null));
    }

    [Fact]
    public void JobWhoseMaximumSalaryIsBelowTheMinimumIsRejected()
    {
        Assert.Equal(
            [new FieldError("salaryMax", "Maximum salary must not be less than the minimum salary.")],
            JobRules.Check(1, 8000m, 7999.99m));
    }

    [Fact]
    public void NegativeSalariesAreRejectedPerField()
    {
        Assert.Equal(
            [
                new FieldError("salaryMin", "Minimum salary must not be negative."),
                new FieldError("salaryMax", "Maximum salary must not be negative."),
            ],
            JobRules.Check(1, -1m, -2m));
    }

    [Fact]
    public void NegativeMinimumBelowAPositiveMaximumIsReportedOnlyOnce()
    {
        Assert.Equal([new FieldError("salaryMin", "Minimum salary must not be negative.")], JobRules.Check(1, -1m, 5000m));
    }

    [Fact]
    public void EveryProblemIsReported()
    {
        Assert.Equal(
            [
                new FieldError("openings", "Openings must be at least 1."),
                new FieldError("salaryMax", "Maximum salary must not be less than the minimum salary."),
            ],
            JobRules.Check(0, 9000m, 8000m));
    }
}
