using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.People;

/// <summary>
/// One more organisation a person belongs to, besides their home organisation (<see cref="Person.OrganizationId"/>):
/// a pupil of a school who also attends an additional-education centre, a teacher who works in two schools. Coverage
/// counts the person at each organisation they belong to during the year, and once above them.
/// </summary>
public class PersonAffiliation : BaseEntity
{
    private PersonAffiliation()
    {
    }

    internal PersonAffiliation(Guid personId, Guid organizationId, PersonCategory role, DateOnly from, DateOnly? to)
    {
        PersonId = Check.NotEmpty(personId, "personId");
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        Role = Check.Defined(role, "role");
        From = from;
        To = Check.NotBefore(to, from, "to");
    }

    public Guid PersonId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    /// <summary>What the person is at this organisation (a pupil of the ДО centre, a teacher of the second school).</summary>
    public PersonCategory Role { get; private set; }

    /// <summary>The first day the person belongs to the organisation.</summary>
    public DateOnly From { get; private set; }

    /// <summary>The last day; null while it lasts.</summary>
    public DateOnly? To { get; private set; }

    /// <summary>Belonged to the organisation on at least one day from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool IsActiveDuring(DateOnly start, DateOnly end) => From <= end && (To is null || To >= start);

    internal void End(DateOnly to)
    {
        if (To is not null)
        {
            throw new DomainConflictException(ErrorCodes.Affiliation.AlreadyEnded, "to");
        }

        To = Check.NotBefore(to, From, "to");
    }
}
