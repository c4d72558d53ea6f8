using System.Globalization;
using GraduateFair.Domain.Reports;

namespace GraduateFair.Domain.Tests.Reports;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData(0, "0 seconds")]
    [InlineData(1, "1 second")]
    [InlineData(44.5, "45 seconds")]
    [InlineData(59.4, "59 seconds")]
    [InlineData(59.5, "1 minute")]
    [InlineData(90, "2 minutes")]
    [InlineData(720, "12 minutes")]
    [InlineData(749, "12 minutes")]
    [InlineData(750, "13 minutes")]
    [InlineData(3600, "1 hour")]
    [InlineData(3900, "1 hour, 5 minutes")]
    [InlineData(26 * 3600, "26 hours")]
    public void ADurationReadsInTheLargestSensibleUnits(double seconds, string expected)
    {
        Assert.Equal(expected, DurationText.For(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void ThePhraseIsEnglishWhateverTheCurrentCulture()
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

            Assert.Equal("1 hour, 5 minutes", DurationText.For(TimeSpan.FromMinutes(65)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void ANegativeDurationIsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DurationText.For(TimeSpan.FromSeconds(-1)));
    }
}
