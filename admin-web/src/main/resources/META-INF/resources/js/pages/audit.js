import { createApp } from '../vue.js';
import { api, isUnavailable } from '../api.js';
import { startPage, markReady, param, fmtDate, fmtDateTime } from '../console.js';

await startPage('audit');

const ACTIONS = {
  PEOPLE_LIST: '查看人员列表', PERSON_READ: '查看人员详情', PERSON_UPDATE: '修改人员资料', FACT_CHANGE: '修改人员信息',
  FACT_CORRECT: '聊天更正信息', BRANCH_CREATE: '添加网点', BRANCH_UPDATE: '修改网点', MEMBER_CREATE: '添加成员',
  MEMBER_UPDATE: '修改成员', NOTE_IMPORT: '导入笔记', NOTE_REEXTRACT: '重新提取笔记', NOTE_UNDO: '撤销笔记',
  TASK_UPDATE: '更新待办', NOTE_SAVE: '记录笔记', PERSON_EXPORT: '导出人员数据', PERSON_ERASE: '删除人员数据',
  CALENDAR_ADD: '添加日历安排', CALENDAR_DELETE: '删除日历安排', HUDDLE_SETTINGS: '修改晨夕会设置', TOKEN_CREATE: '创建令牌', TOKEN_REVOKE: '吊销令牌',
  KB_UPLOAD: '上传知识库资料', KB_DELETE: '删除知识库资料', BRANCH_RENAME: '网点改名', LOGIN_LOCKED: '登录被锁定',
  ACT_FOR: '代成员操作', CALENDAR_IMPORT: '导入放假安排', EXPORT: '导出 Excel', KB_SETTINGS: '修改知识库设置',
  NOTE_BRANCH_CORRECT: '更正笔记网点', NOTE_DELETE: '删除笔记', TEAM_CREATE: '新建团队', TEAM_UPDATE: '修改团队',
  TEAM_LEAD: '设置团队主管',
};
const CHANNELS = { api: '控制台/接口', web: '网页聊天', wecom: '企业微信', dingtalk: '钉钉', system: '系统' };
const TYPES = { person: '人员', branch: '网点', member: '成员', note: '笔记', task: '待办', team: '团队', api_token: '令牌',
  calendar_day: '日历', kb_document: '知识库资料' };

createApp({
  data: () => ({ entries: [], targetType: param('targetType') || '', targetId: param('targetId') || '', limit: 100,
    targetTypes: TYPES, loading: true, error: '', unavailable: false }),
  async mounted() {
    await this.load();
    markReady();
  },
  methods: {
    fmtDateTime,
    actionLabel: (a) => ACTIONS[a] || a,
    channelLabel: (c) => CHANNELS[c] || c,
    typeLabel: (t) => TYPES[t] || t || '',
    /** Details keep dates as the server wrote them (2026-12-28); people read them in the console's one format. */
    detail: (e) => (e.detail || '—').replace(/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g, (day) => fmtDate(day)),
    async load() {
      this.loading = true;
      this.error = '';
      const params = new URLSearchParams({ limit: this.limit });
      if (this.targetType) params.set('targetType', this.targetType);
      if (this.targetId) params.set('targetId', this.targetId);
      try {
        this.entries = await api.get('/api/audit?' + params);
      } catch (e) {
        if (isUnavailable(e)) this.unavailable = true; else this.error = e.message;
      } finally {
        this.loading = false;
      }
    },
  },
}).mount('#app');
