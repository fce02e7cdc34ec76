using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions.Commands.SetProgrammeForms;

/// <summary>Sets the forms and formats the programme uses (replacing the previous choice).</summary>
/// <param name="Forms">Forms of mentorship (формы наставничества) the programme uses; required, may be empty.</param>
/// <param name="Formats">
/// Formats of mentorship (форматы наставничества) the programme uses; required, may be empty.
/// </param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record SetProgrammeFormsCommand(IReadOnlyList<MentoringForm>? Forms, IReadOnlyList<MentoringFormat>? Formats) : IRequest<ProgrammeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class SetProgrammeFormsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<SetProgrammeFormsCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(SetProgrammeFormsCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        foreach (var form in programme.Forms.Select(f => f.Form).Except(request.Forms!).ToList())
        {
            programme.RemoveForm(form);
        }

        foreach (var form in request.Forms!)
        {
            programme.AddForm(form);
        }

        foreach (var format in programme.Formats.Select(f => f.Format).Except(request.Formats!).ToList())
        {
            programme.RemoveFormat(format);
        }

        foreach (var format in request.Formats!)
        {
            programme.AddFormat(format);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.ProgrammeDtoAsync(mapper, programme.Id, cancellationToken);
    }
}
