using GraduateFair.Domain.Reports;

namespace GraduateFair.Domain.Tests.Reports;

public sealed class ShareTests
{
    [Theory]
    [InlineData(3, 4, 75.0, "3 of 4 (75%)")]
    [InlineData(1, 3, 33.3, "1 of 3 (33.3%)")]
    [InlineData(2, 3, 66.7, "2 of 3 (66.7%)")]
    [InlineData(1, 16, 6.3, "1 of 16 (6.3%)")]
    [InlineData(0, 5, 0.0, "0 of 5 (0%)")]
    [InlineData(5, 5, 100.0, "5 of 5 (100%)")]
    public void APercentageHasOneDecimalRoundedHalfAwayFromZero(int part, int whole, double percent, string text)
    {
        var share = Share.Of(part, whole);

        Assert.Equal(percent, share.Percent);
        Assert.Equal(text, share.ToString());
    }

    [Fact]
    public void AShareOfNothingHasNoPercentage()
    {
        var share = Share.Of(0, 0);

        Assert.Null(share.Percent);
        Assert.Equal("0 of 0", share.ToString());
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(0, -1)]
    [InlineData(4, 3)]
    public void NegativeCountsOrAPartLargerThanTheWholeAreProgrammingErrors(int part, int whole)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Share.Of(part, whole));
    }
}
