using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.People;

/// <summary>A teacher's employment at an organisation: the facts behind criterion 4 (retention of young teachers).</summary>
public class Employment : BaseEntity
{
    /// <summary>A young specialist (молодой специалист) has under 3 full years of pedagogical experience.</summary>
    public const decimal YoungSpecialistExperienceYears = 3m;

    private Employment()
    {
    }

    public Employment(Guid personId, Guid organizationId, DateOnly hiredAt, decimal experienceYearsAtHire, bool? isYoungSpecialist = null)
    {
        PersonId = Check.NotEmpty(personId, "personId");
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        HiredAt = hiredAt;
        ExperienceYearsAtHire = Check.InRange(experienceYearsAtHire, 0m, 80m, "experienceYearsAtHire");
        IsYoungSpecialist = isYoungSpecialist ?? experienceYearsAtHire < YoungSpecialistExperienceYears;
    }

    public Guid PersonId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public DateOnly HiredAt { get; private set; }

    public DateOnly? LeftAt { get; private set; }

    /// <summary>Pedagogical experience in years when hired (стаж), e.g. 1.5.</summary>
    public decimal ExperienceYearsAtHire { get; private set; }

    public bool IsYoungSpecialist { get; private set; }

    public bool IsEmployedOn(DateOnly date) => HiredAt <= date && (LeftAt is null || LeftAt >= date);

    public void Correct(DateOnly hiredAt, decimal experienceYearsAtHire, bool isYoungSpecialist)
    {
        Check.NotBefore(LeftAt, hiredAt, "leftAt");
        HiredAt = hiredAt;
        ExperienceYearsAtHire = Check.InRange(experienceYearsAtHire, 0m, 80m, "experienceYearsAtHire");
        IsYoungSpecialist = isYoungSpecialist;
    }

    public void End(DateOnly leftAt)
    {
        if (LeftAt is not null)
        {
            throw new DomainException(ErrorCodes.Person.EmploymentAlreadyEnded, "leftAt");
        }

        LeftAt = Check.NotBefore(leftAt, HiredAt, "leftAt");
    }
}
