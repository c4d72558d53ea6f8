using GraduateFair.Domain.Cases;

namespace GraduateFair.Domain.Tests.Cases;

public sealed class ServiceCountsTests
{
    [Fact]
    public void NoServiceLacksAllFourInTheRulesOrder()
    {
        Assert.Equal(
            [
                new ServiceShortfall(ServiceKind.Guidance, 1, 0),
                new ServiceShortfall(ServiceKind.Recommendation, 3, 0),
                new ServiceShortfall(ServiceKind.Training, 1, 0),
                new ServiceShortfall(ServiceKind.Internship, 1, 0),
            ],
            ServiceCounts.None.Lacking());
        Assert.False(ServiceCounts.None.Meets1311);
    }

    [Fact]
    public void ExactlyOneThreeOneOneMeetsTheRule()
    {
        var counts = new ServiceCounts(Guidance: 1, Recommendation: 3, Training: 1, Internship: 1, Other: 0);

        Assert.Empty(counts.Lacking());
        Assert.True(counts.Meets1311);
    }

    [Fact]
    public void TwoRecommendationsAreOneShort()
    {
        var counts = new ServiceCounts(Guidance: 2, Recommendation: 2, Training: 1, Internship: 4, Other: 7);

        var shortfall = Assert.Single(counts.Lacking());
        Assert.Equal(new ServiceShortfall(ServiceKind.Recommendation, Required: 3, Received: 2), shortfall);
        Assert.Equal(1, shortfall.Missing);
        Assert.False(counts.Meets1311);
    }

    [Fact]
    public void OtherHelpNeverMakesUpForAMissingKind()
    {
        var counts = new ServiceCounts(Guidance: 1, Recommendation: 3, Training: 1, Internship: 0, Other: 50);

        Assert.Equal([ServiceKind.Internship], counts.Lacking().Select(s => s.Kind));
        Assert.False(counts.IsLacking(ServiceKind.Other));
    }

    [Fact]
    public void AddCountsUpOneKind()
    {
        var counts = ServiceCounts.None.Add(ServiceKind.Recommendation, 5).Add(ServiceKind.Training).Add(ServiceKind.Other, 2);

        Assert.Equal(new ServiceCounts(0, 5, 1, 0, 2), counts);
        Assert.Equal(8, counts.Total);
        Assert.Equal(5, counts.Of(ServiceKind.Recommendation));
    }

    [Fact]
    public void MinimumsAreOneThreeOneOneAndNoneForOther()
    {
        Assert.Equal(
            [1, 3, 1, 1, 0],
            Enum.GetValues<ServiceKind>().Select(Services1311.Minimum));
    }

    [Fact]
    public void InvalidArgumentsAreProgrammingErrors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ServiceCounts.None.Add(ServiceKind.Guidance, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ServiceCounts.None.Add((ServiceKind)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => ServiceCounts.None.Of((ServiceKind)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Services1311.Minimum((ServiceKind)9));
    }
}
