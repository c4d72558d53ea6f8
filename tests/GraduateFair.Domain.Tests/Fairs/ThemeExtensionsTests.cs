using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Tests.Fairs;

public sealed class ThemeExtensionsTests
{
    [Theory]
    [InlineData(Theme.HardshipFamily, PriorityGroup.HardshipFamily)]
    [InlineData(Theme.ZeroEmploymentFamily, PriorityGroup.ZeroEmploymentFamily)]
    [InlineData(Theme.Disability, PriorityGroup.Disability)]
    public void ThemedSessionsForAGroupServeThatGroup(Theme theme, PriorityGroup expected)
    {
        Assert.Equal(expected, theme.PriorityGroupOf());
    }

    [Theory]
    [InlineData(Theme.General)]
    [InlineData(Theme.Industry)]
    [InlineData(Theme.Region)]
    [InlineData(Theme.Discipline)]
    public void OtherThemesServeNoPriorityGroup(Theme theme)
    {
        Assert.Null(theme.PriorityGroupOf());
    }
}
