using GraduateFair.Domain.Reports;

namespace GraduateFair.Domain.Tests.Reports;

public sealed class DurationStatisticsTests
{
    [Fact]
    public void TheMedianOfAnOddCountIsTheMiddleValue()
    {
        Assert.Equal(TimeSpan.FromMinutes(3), DurationStatistics.Median(Minutes(7, 3, 1)));
    }

    [Fact]
    public void TheMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues()
    {
        Assert.Equal(TimeSpan.FromSeconds(150), DurationStatistics.Median(Minutes(4, 1, 3, 2)));
        Assert.Equal(TimeSpan.FromTicks(2), DurationStatistics.Median([TimeSpan.FromTicks(1), TimeSpan.FromTicks(4)]));
    }

    [Fact]
    public void TheMedianOfTheLargestDurationsDoesNotOverflow()
    {
        Assert.Equal(TimeSpan.MaxValue, DurationStatistics.Median([TimeSpan.MaxValue, TimeSpan.MaxValue]));
    }

    [Theory]
    [InlineData(10, 90, 9)]
    [InlineData(11, 90, 10)]
    [InlineData(3, 90, 3)]
    [InlineData(1, 90, 1)]
    [InlineData(20, 90, 18)]
    [InlineData(10, 100, 10)]
    [InlineData(10, 1, 1)]
    [InlineData(4, 50, 2)]
    public void TheNearestRankPercentileOfOneToNMinutesIsHandComputed(int count, int percent, int expectedMinutes)
    {
        var minutes = Enumerable.Range(1, count).Reverse().Select(m => TimeSpan.FromMinutes(m));

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), DurationStatistics.Percentile(minutes, percent));
    }

    [Fact]
    public void TheRankIsComputedWithoutFloatingPointError()
    {
        // 0.07 × 100 is 7.000000000000001 in floating point, whose ceiling would be 8.
        Assert.Equal(7, DurationStatistics.NearestRank(100, 7));
        Assert.Equal(9, DurationStatistics.NearestRank(10, 90));
        Assert.Equal(10, DurationStatistics.NearestRank(11, 90));
    }

    [Fact]
    public void NoDurationsHaveNoMedianOrPercentile()
    {
        Assert.Null(DurationStatistics.Median([]));
        Assert.Null(DurationStatistics.Percentile([], 90));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void APercentOutsideOneToAHundredIsAProgrammingError(int percent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DurationStatistics.Percentile(Minutes(1, 2), percent));
    }

    private static TimeSpan[] Minutes(params int[] minutes) => [.. minutes.Select(m => TimeSpan.FromMinutes(m))];
}
