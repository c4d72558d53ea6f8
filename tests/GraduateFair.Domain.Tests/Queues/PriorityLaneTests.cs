using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Queues;

namespace GraduateFair.Domain.Tests.Queues;

public sealed class PriorityLaneTests
{
    [Fact]
    public void AGraduateInOneOfTheFairsGroupsQualifies()
    {
        Assert.True(PriorityLane.Qualifies(
            [PriorityGroup.LowIncome, PriorityGroup.Disability],
            [PriorityGroup.Disability]));
    }

    [Fact]
    public void AGraduateInOtherGroupsDoesNotQualify()
    {
        Assert.False(PriorityLane.Qualifies([PriorityGroup.LowIncome], [PriorityGroup.HardshipFamily, PriorityGroup.Disability]));
    }

    [Fact]
    public void AGraduateWithoutConsentHasNoGroupsAndDoesNotQualify()
    {
        Assert.False(PriorityLane.Qualifies([], [PriorityGroup.HardshipFamily]));
    }

    [Fact]
    public void AFairWithoutPriorityGroupsHasNoPriorityLane()
    {
        Assert.False(PriorityLane.Qualifies([PriorityGroup.HardshipFamily], []));
    }
}
