using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Tests.Fairs;

public sealed class FairPriorityGroupsTests
{
    [Fact]
    public void AThemedSessionServesItsOwnGroup()
    {
        Assert.Equal([PriorityGroup.Disability], FairPriorityGroups.For(Theme.Disability, null));
    }

    [Fact]
    public void TheOrganisersGroupsAreAddedToTheThemesGroup()
    {
        Assert.Equal(
            [PriorityGroup.HardshipFamily, PriorityGroup.ZeroEmploymentFamily, PriorityGroup.LowIncome],
            FairPriorityGroups.For(Theme.ZeroEmploymentFamily, [PriorityGroup.LowIncome, PriorityGroup.HardshipFamily, PriorityGroup.LowIncome]));
    }

    [Fact]
    public void AGeneralFairServesOnlyTheGroupsTheOrganiserListed()
    {
        Assert.Empty(FairPriorityGroups.For(Theme.General, []));
        Assert.Equal([PriorityGroup.LowIncome], FairPriorityGroups.For(Theme.Region, [PriorityGroup.LowIncome]));
    }

    [Fact]
    public void ListingTheThemesGroupAgainChangesNothing()
    {
        Assert.Equal([PriorityGroup.HardshipFamily], FairPriorityGroups.For(Theme.HardshipFamily, [PriorityGroup.HardshipFamily]));
    }
}
