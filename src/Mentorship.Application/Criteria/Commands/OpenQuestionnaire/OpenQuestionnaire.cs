using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Criteria.Commands.OpenQuestionnaire;

/// <summary>Opens the organisation's teacher questionnaire of criteria 2 and 3 for a year: one per organisation and year.</summary>
/// <param name="OrganizationId">The organisation that runs it; required.</param>
/// <param name="Year">The calendar year (monitoring year) it is for; required.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record OpenQuestionnaireCommand(Guid? OrganizationId, int? Year) : IRequest<QuestionnaireDto>;

internal sealed class OpenQuestionnaireHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<OpenQuestionnaireCommand, QuestionnaireDto>
{
    public async Task<QuestionnaireDto> Handle(OpenQuestionnaireCommand request, CancellationToken cancellationToken)
    {
        var (organizationId, year) = (request.OrganizationId!.Value, request.Year!.Value);
        await CriteriaReads.EnsureOrganizationVisibleAsync(db, organizationId, cancellationToken);
        if (await db.TeacherQuestionnaires.AnyAsync(q => q.OrganizationId == organizationId && q.Year == year, cancellationToken))
        {
            throw new ConflictException(ErrorCodes.Criteria.QuestionnaireExists, "year", year);
        }

        var questionnaire = new TeacherQuestionnaire(organizationId, year, time.GetUtcNow());
        db.TeacherQuestionnaires.Add(questionnaire);
        await db.SaveChangesAsync(cancellationToken);
        return await CriteriaReads.QuestionnaireAsync(db, questionnaire, cancellationToken);
    }
}
