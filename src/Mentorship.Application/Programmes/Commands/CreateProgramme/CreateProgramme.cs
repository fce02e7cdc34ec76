using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Commands.CreateProgramme;

public interface IProgrammeFields
{
    string? Title { get; }

    string? Description { get; }

    AcademicYear? StartYear { get; }

    AcademicYear? EndYear { get; }
}

public sealed class ProgrammeFieldsValidator : AbstractValidator<IProgrammeFields>
{
    public ProgrammeFieldsValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(Programme.TitleMaxLength);
        RuleFor(c => c.Description).MaximumLength(Programme.DescriptionMaxLength);
        RuleFor(c => c.StartYear).NotNull();
        RuleFor(c => c.EndYear).Must((c, end) => end is null || c.StartYear is null || end.Value >= c.StartYear.Value)
            .WithErrorCode(ErrorCodes.Programme.EndsBeforeStart);
    }
}

/// <summary>
/// A new mentorship programme (программа наставничества) of an organisation; it starts at stage 1, launch conditions
/// (условия запуска).
/// </summary>
/// <param name="OrganizationId">The organisation that runs the programme.</param>
/// <param name="Title">Title of the programme; up to 500 characters.</param>
/// <param name="Description">
/// What the programme is about; optional, up to 4000 characters. Shown on the open information resource once published.
/// </param>
/// <param name="StartYear">Academic year (учебный год) the programme starts, such as "2024/2025".</param>
/// <param name="EndYear">
/// Academic year it ends, not before the start; optional, for a programme of more than one year.
/// </param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record CreateProgrammeCommand(Guid? OrganizationId, string? Title, string? Description, AcademicYear? StartYear, AcademicYear? EndYear)
    : IRequest<ProgrammeDto>, IProgrammeFields;

internal sealed class CreateProgrammeHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<CreateProgrammeCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(CreateProgrammeCommand request, CancellationToken cancellationToken)
    {
        var organizationId = request.OrganizationId!.Value;
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId && !o.IsArchived, cancellationToken))
        {
            throw new ValidationException("organizationId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Organization)), organizationId);
        }

        var programme = new Programme(organizationId, request.Title!, request.StartYear!.Value, request.EndYear);
        programme.Update(request.Title!, request.Description, request.StartYear!.Value, request.EndYear);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ProgrammeDtoAsync(mapper, programme.Id, cancellationToken);
    }
}
