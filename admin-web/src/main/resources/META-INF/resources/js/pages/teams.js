import { createApp } from '../vue.js';
import { api } from '../api.js';
import { startPage, markReady, changeThenReload } from '../console.js';

const me = await startPage('teams');

const emptyForm = () => ({ name: '', displayName: '', lead: '' });

createApp({
  data: () => ({
    teams: [], members: [], form: emptyForm(), editing: null, saving: false, error: '', message: '',
    isAdmin: me.role === 'ADMIN',
  }),
  computed: {
    // An admin cannot be a lead (the server refuses it): leads come from the enabled leads and members.
    leadChoices() {
      return this.members.filter((m) => m.role !== 'ADMIN' && m.enabled);
    },
  },
  async mounted() {
    await this.load();
    markReady();
  },
  methods: {
    async load() {
      try {
        const [teams, members] = await Promise.all([api.get('/api/teams'), api.get('/api/members')]);
        this.teams = teams;
        this.members = members;
      } catch (e) {
        this.error = e.message;
      }
    },
    edit(t) {
      this.editing = { code: t.code, name: t.code, displayName: t.displayName, lead: '' };
    },
    async create() {
      await this.run(async () => {
        const body = { ...this.form };
        if (!body.lead) delete body.lead;
        const created = await api.post('/api/teams', body);
        this.message = `已新建团队 ${created.displayName}（${created.code}）`;
        this.form = emptyForm();
      });
    },
    async save() {
      await this.run(async () => {
        const e = this.editing;
        const body = { name: e.name, displayName: e.displayName };
        if (e.lead) body.lead = e.lead;
        const updated = await api.put(`/api/teams/${encodeURIComponent(e.code)}`, body);
        this.message = `已保存团队 ${updated.displayName}（${updated.code}）`;
        this.editing = null;
      });
    },
    run(action) {
      return changeThenReload(this, action);
    },
  },
}).mount('#app');
