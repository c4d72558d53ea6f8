using System.Globalization;
using GraduateFair.Domain.Queues;

namespace GraduateFair.Domain.Tests.Queues;

public sealed class EtaTextTests
{
    [Theory]
    [InlineData(0, "less than a minute")]
    [InlineData(59, "less than a minute")]
    [InlineData(60, "about 1 minute")]
    [InlineData(89, "about 1 minute")]
    [InlineData(90, "about 2 minutes")]
    [InlineData(720, "about 12 minutes")]
    [InlineData(749, "about 12 minutes")]
    [InlineData(3569, "about 59 minutes")]
    [InlineData(3570, "about 1 hour")]
    [InlineData(3600, "about 1 hour")]
    [InlineData(3600 + 149, "about 1 hour")]
    [InlineData(3600 + 150, "about 1 hour, 5 minutes")]
    [InlineData(5400, "about 1 hour, 30 minutes")]
    [InlineData(7200, "about 2 hours")]
    [InlineData(7200 + (57 * 60) + 31, "about 3 hours")]
    [InlineData(30 * 3600, "about 30 hours")]
    public void PhrasesAWaitInSeconds(int seconds, string expected)
    {
        Assert.Equal(expected, EtaText.For(seconds));
        Assert.Equal(expected, EtaText.For(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void AWaitFromAnHourIsThePhraseHumanizerGivesForItsHoursAndMinutes()
    {
        var buckets = Enumerable.Range(12, 40_000).Select(i => i * 5L).Concat([1_000_000, 1_000_005, 10_000_000, 10_000_055]);
        foreach (var minutes in buckets)
        {
            Assert.Equal("about " + EtaText.HumanizedHoursAndMinutes(minutes), EtaText.For(TimeSpan.FromMinutes(minutes)));
        }
    }

    [Fact]
    public void FractionsOfASecondBelowAMinuteAreStillLessThanAMinute()
    {
        Assert.Equal("less than a minute", EtaText.For(TimeSpan.FromSeconds(59.999)));
    }

    [Fact]
    public void ThePhraseIsEnglishWhateverTheCurrentCulture()
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

            Assert.Equal("about 12 minutes", EtaText.For(720));
            Assert.Equal("about 1 hour, 30 minutes", EtaText.For(5400));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void ANegativeWaitIsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EtaText.For(TimeSpan.FromSeconds(-1)));
    }
}
