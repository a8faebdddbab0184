"""The API's own messages in the client's language (Accept-Language), as DRF's and Django's are: a page
size out of range, a symbol it cannot read and why, a resolution it does not hold, a path it does not
serve. The data (texts, titles, warnings) stays in its own language."""

import pytest

pytestmark = pytest.mark.django_db

ASKED = [
    "/api/v1/resolutions/?page_size=0",
    "/api/v1/resolutions/A/RES/20/1",
    "/api/v1/resolutions/A/RES/80/1234",
    "/api/v1/nowhere",
]
MESSAGES = {
    "ar": [
        "يجب أن يكون عدداً صحيحاً من 1 إلى 500",
        "'A/RES/20/1' ليس رمز قرار من قرارات الجمعية العامة (تبدأ الرموز بصيغة الدورة/الرقم من الدورة 31)",
        "القرار A/RES/80/1234 ليس في الأرشيف",
        "لا توجد نقطة وصول كهذه في واجهة البرمجة: انظر /api/schema/ أو /api/docs/",
    ],
    "zh": [
        "必须是 1 到 500 之间的整数",
        "'A/RES/20/1'不是大会决议的文号（“届会/编号”形式的文号从第31届会议开始）",
        "A/RES/80/1234不在本档案库中",
        "没有此 API 端点：请参阅 /api/schema/ 或 /api/docs/",
    ],
    "en": [
        "must be a whole number from 1 to 500",
        "'A/RES/20/1' is not a General Assembly resolution symbol (symbols of the form session/number start "
        "with session 31)",
        "A/RES/80/1234 is not in the archive",
        "no such API endpoint: see /api/schema/ or /api/docs/",
    ],
    "fr": [
        "doit être un nombre entier de 1 à 500",
        "'A/RES/20/1' n’est pas une cote de résolution de l’Assemblée générale (les cotes de la forme "
        "session/numéro commencent à la session 31)",
        "A/RES/80/1234 n’est pas dans l’archive",
        "point d’accès inconnu de l’API\u00a0: voir /api/schema/ ou /api/docs/",
    ],
    "ru": [
        "должно быть целым числом от 1 до 500",
        "'A/RES/20/1' не является условным обозначением резолюции Генеральной Ассамблеи (обозначения вида "
        "сессия/номер начинаются с 31-й сессии)",
        "A/RES/80/1234 нет в архиве",
        "такой точки доступа API нет: см. /api/schema/ или /api/docs/",
    ],
    "es": [
        "debe ser un número entero de 1 a 500",
        "'A/RES/20/1' no es una signatura de resolución de la Asamblea General (las signaturas de la forma "
        "período de sesiones/número comienzan en el período de sesiones 31)",
        "A/RES/80/1234 no está en el archivo",
        "no existe ese punto de acceso de la API: véase /api/schema/ o /api/docs/",
    ],
}


@pytest.mark.parametrize("language", MESSAGES)
def test_the_apis_messages_are_in_the_clients_language(client, language):
    answers = [client.get(path, HTTP_ACCEPT_LANGUAGE=language) for path in ASKED]
    assert [answer.status_code for answer in answers] == [400, 404, 404, 404]
    assert [answer.json()["detail"] for answer in answers] == MESSAGES[language]
